/** Change request services: open, save as commits, review, merge, tag, push, close the loop. */
package io.hindsight.change.application;
