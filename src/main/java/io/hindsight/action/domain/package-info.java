/**
 * Action items that follow from a post-mortem: kinds, priorities, due dates and their lifecycle.
 */
package io.hindsight.action.domain;
