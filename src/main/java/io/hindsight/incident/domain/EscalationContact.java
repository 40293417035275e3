package io.hindsight.incident.domain;

import io.hindsight.platform.refusal.FieldRefused;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

/** A person in the escalation chain and how to reach them: email, chat handle, or both. */
@Entity
@Table(name = "escalation_contact")
public class EscalationContact {

  private static final Pattern EMAIL = Pattern.compile("[^@\\s\"<>,;]{1,64}@[A-Za-z0-9.-]{1,253}");
  private static final Pattern CHAT = Pattern.compile("[@#]?[A-Za-z0-9._-]{1,99}");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "name", nullable = false, length = 200)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 30)
  private EscalationRole role;

  @Column(name = "email", length = 320)
  private String email;

  @Column(name = "chat_handle", length = 100)
  private String chatHandle;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected EscalationContact() {}

  public EscalationContact(
      String name, EscalationRole role, String email, String chatHandle, Instant createdAt) {
    change(name, role, email, chatHandle);
    this.createdAt = createdAt;
  }

  /** Replaces who the contact is, their role and how to reach them, with the same checks. */
  public void change(String name, EscalationRole role, String email, String chatHandle) {
    if (name == null || name.isBlank()) {
      throw FieldRefused.field("name", "must not be blank");
    }
    if (name.strip().length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
      throw FieldRefused.field("name", "must be at most 200 plain characters");
    }
    if (role == null) {
      throw FieldRefused.field("role", "is required");
    }
    String cleanEmail = blankToNull(email);
    String cleanChat = blankToNull(chatHandle);
    if (cleanEmail == null && cleanChat == null) {
      throw FieldRefused.field("email", "an email or a chat handle is required");
    }
    if (cleanEmail != null && !EMAIL.matcher(cleanEmail).matches()) {
      throw FieldRefused.field("email", "must be an email address");
    }
    if (cleanChat != null && !CHAT.matcher(cleanChat).matches()) {
      throw FieldRefused.field("chatHandle", "must be a chat handle such as @jane");
    }
    this.name = name.strip();
    this.role = role;
    this.email = cleanEmail;
    this.chatHandle = cleanChat;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  public Long id() {
    return id;
  }

  public String name() {
    return name;
  }

  public EscalationRole role() {
    return role;
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }

  public Optional<String> chatHandle() {
    return Optional.ofNullable(chatHandle);
  }

  public long version() {
    return version;
  }
}
