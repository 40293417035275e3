package io.hindsight.forge.application;

import io.hindsight.forge.domain.ForgeKind;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** The {@link Forge} bean of each kind. */
@ApplicationScoped
public class Forges {

  @Inject @Any Instance<Forge> beans;

  private final Map<ForgeKind, Forge> byKind = new EnumMap<>(ForgeKind.class);

  @PostConstruct
  void collect() {
    for (Forge forge : beans) {
      byKind.put(forge.kind(), forge);
    }
  }

  public Optional<Forge> of(ForgeKind kind) {
    return Optional.ofNullable(byKind.get(kind));
  }
}
