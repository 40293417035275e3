package io.hindsight.review.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ServiceNameTest {

  @Test
  void namesAsRunbooksWriteThemAreRead() {
    assertThat(ServiceName.parse(" payments ")).contains(new ServiceName("payments"));
    assertThat(ServiceName.parse("postgres-main")).isPresent();
    assertThat(ServiceName.parse("k8s/ingress-nginx")).isPresent();
    assertThat(ServiceName.parse("api.v2_gateway")).isPresent();
  }

  @Test
  void whatCannotBeAServiceIsRefused() {
    assertThat(ServiceName.parse(null)).isEmpty();
    assertThat(ServiceName.parse("")).isEmpty();
    assertThat(ServiceName.parse("   ")).isEmpty();
    assertThat(ServiceName.parse("pay ments")).isEmpty();
    assertThat(ServiceName.parse("-payments")).isEmpty();
    assertThat(ServiceName.parse("payments\nDROP")).isEmpty();
    assertThat(ServiceName.parse("<script>")).isEmpty();
    assertThat(ServiceName.parse("a".repeat(101))).isEmpty();
    assertThat(ServiceName.parse("a".repeat(100))).isPresent();
    assertThatThrownBy(() -> new ServiceName(" payments"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void frontMatterNamesTheServiceInAnyCase() {
    ServiceName payments = new ServiceName("Payments");

    assertThat(payments.isNamedBy("payments")).isTrue();
    assertThat(payments.isNamedBy(" PAYMENTS ")).isTrue();
    assertThat(payments.isNamedBy("payments-api")).isFalse();
    assertThat(payments.isNamedBy(null)).isFalse();
  }
}
