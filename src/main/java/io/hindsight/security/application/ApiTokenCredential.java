package io.hindsight.security.application;

import io.hindsight.security.domain.ApiTokenSecret;
import jakarta.security.enterprise.credential.Credential;

/** A bearer token presented to the API. */
public record ApiTokenCredential(ApiTokenSecret secret) implements Credential {}
