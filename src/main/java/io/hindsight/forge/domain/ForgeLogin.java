package io.hindsight.forge.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/** Who a Hindsight user is on one kind of forge, so that a pull request can ask them to review. */
@Entity
@Table(name = "forge_login")
public class ForgeLogin {

  /** Forge user names: letters, digits, dots, dashes and underscores, at most 100. */
  public static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

  @EmbeddedId private Key key;

  @Column(name = "login", nullable = false, length = 100)
  private String login;

  protected ForgeLogin() {}

  public ForgeLogin(String username, ForgeKind kind, String login) {
    this.key = new Key(username, kind);
    rename(login);
  }

  public final void rename(String login) {
    if (login == null || !SHAPE.matcher(login).matches()) {
      throw new IllegalArgumentException("Not a forge login: \"" + login + "\".");
    }
    this.login = login;
  }

  public String username() {
    return key.username;
  }

  public ForgeKind kind() {
    return key.kind;
  }

  public String login() {
    return login;
  }

  /** The user and the kind of forge. */
  @Embeddable
  public static class Key implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private ForgeKind kind;

    protected Key() {}

    public Key(String username, ForgeKind kind) {
      this.username = username;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key k && k.username.equals(username) && k.kind == kind;
    }

    @Override
    public int hashCode() {
      return Objects.hash(username, kind);
    }
  }
}
