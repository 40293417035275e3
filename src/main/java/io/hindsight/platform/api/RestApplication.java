package io.hindsight.platform.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The REST API, version 1. The OpenAPI document is served at {@code /openapi}; {@link
 * ApiContractFilter} writes its description and security.
 */
@ApplicationPath("/api/v1")
public class RestApplication extends Application {}
