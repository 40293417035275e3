package io.hindsight.security.application;

import io.hindsight.security.domain.ApiToken;
import io.hindsight.security.domain.ApiTokenSecret;

/** A token just created: the stored record and the secret, which is never available again. */
public record IssuedToken(ApiToken token, ApiTokenSecret secret) {}
