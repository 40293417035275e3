/** Hindsight: incidents, blameless post-mortems, runbooks under review. */
package io.hindsight;
