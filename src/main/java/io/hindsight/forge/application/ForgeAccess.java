package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeProject;
import java.net.URI;

/** Where a forge's API is, which project, and the token: never printed. */
public record ForgeAccess(URI apiUrl, ForgeProject project, String token) {

  /**
   * {@code path} under the API base URL (which may have a path of its own, as GitHub Enterprise).
   */
  public URI resolve(String path) {
    String base = apiUrl.toString();
    return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
  }

  @Override
  public String toString() {
    return "ForgeAccess[" + apiUrl + ", " + project + ", token hidden]";
  }
}
