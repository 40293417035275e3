package io.hindsight.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.VariableMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccessorCallResolverTest {

  public record Row(String title, Optional<String> owner) {
    public String broken() {
      throw new IllegalStateException("no title");
    }

    public String greet(String who) {
      return "hello " + who;
    }
  }

  private final AccessorCallResolver resolver = new AccessorCallResolver();
  private final Row row = new Row("Database restore", Optional.of("dba"));

  @Test
  void aCallWithoutArgumentsOnAPublicTypeIsAnswered() {
    Context context = new Context();
    assertThat(resolver.invoke(context, row, "title", null, null)).isEqualTo("Database restore");
    assertThat(context.isPropertyResolved()).isTrue();

    Context again = new Context();
    assertThat(resolver.invoke(again, row.owner(), "isPresent", new Class<?>[0], new Object[0]))
        .isEqualTo(true);
    assertThat(again.isPropertyResolved()).isTrue();
  }

  @Test
  void everyOtherCallIsLeftToTheNextResolver() {
    assertUnresolved(row, "greet", new Object[] {"Ana"});
    assertUnresolved(row, "nothingByThisName", null);
    assertUnresolved(List.of("a", "b"), "size", null);
    assertUnresolved(null, "title", null);
  }

  @Test
  void anExceptionOfTheCalledMethodIsItsCause() {
    assertThatThrownBy(() -> resolver.invoke(new Context(), row, "broken", null, null))
        .isInstanceOf(ELException.class)
        .hasCauseInstanceOf(IllegalStateException.class)
        .cause()
        .hasMessage("no title");
  }

  private void assertUnresolved(Object base, String method, Object[] params) {
    Context context = new Context();
    assertThat(resolver.invoke(context, base, method, null, params)).isNull();
    assertThat(context.isPropertyResolved()).as(method).isFalse();
  }

  private static final class Context extends ELContext {
    @Override
    public ELResolver getELResolver() {
      return null;
    }

    @Override
    public FunctionMapper getFunctionMapper() {
      return null;
    }

    @Override
    public VariableMapper getVariableMapper() {
      return null;
    }
  }
}
