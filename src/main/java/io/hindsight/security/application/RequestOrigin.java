package io.hindsight.security.application;

import io.hindsight.security.domain.AuditChannel;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * Where the current request comes from, as the audit trail records it: the client's address (after
 * the trusted proxies) and whether it came through a page or the API. Set by a request filter;
 * empty outside HTTP requests.
 */
@RequestScoped
public class RequestOrigin {

  private String clientAddress;
  private AuditChannel channel = AuditChannel.PAGE;

  public void arrived(String clientAddress, AuditChannel channel) {
    this.clientAddress = clientAddress;
    this.channel = channel;
  }

  public Optional<String> clientAddress() {
    return Optional.ofNullable(clientAddress);
  }

  public AuditChannel channel() {
    return channel;
  }
}
