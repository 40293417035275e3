/** Reading runbook repositories and creating the sample one. */
package io.hindsight.runbook.application;
