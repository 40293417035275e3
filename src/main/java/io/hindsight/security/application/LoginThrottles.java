package io.hindsight.security.application;

import io.hindsight.security.domain.LoginThrottle;

/** The two throttles of failed logins: per user name, and (more lenient) per client address. */
public record LoginThrottles(LoginThrottle byUsername, LoginThrottle byAddress) {}
