/**
 * The one vocabulary of refusals: a field refused, not found, a state conflict, a stale version,
 * forbidden, too large, unavailable for now. Application and domain code throw them; the API maps
 * them once to problem+json and pages show their messages.
 */
package io.hindsight.platform.refusal;
