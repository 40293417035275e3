package io.hindsight.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.junit.jupiter.api.Test;

/**
 * A list resource reads its filters through {@code UriInfo} ({@link QueryParameters}, which refuses
 * the names outside its {@code FILTERS}) and documents them with {@code @Parameter}: the two must
 * name the same parameters, or the contract promises a filter the server refuses (or hides one).
 */
class ListFiltersDocumentedTest {

  @Test
  void everyListDocumentsExactlyTheFiltersItAccepts() throws ReflectiveOperationException {
    List<Class<?>> lists =
        new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> location.contains("/api/"))
                .importPackages("io.hindsight")
                .stream()
                .filter(type -> type.getPackageName().endsWith(".api"))
                .filter(type -> type.tryGetField("FILTERS").isPresent())
                .map(JavaClass::reflect)
                .collect(Collectors.toList());
    assertThat(lists).hasSizeGreaterThanOrEqualTo(4);
    for (Class<?> resource : lists) {
      Field field = resource.getDeclaredField("FILTERS");
      assertThat(Modifier.isStatic(field.getModifiers())).isTrue();
      field.setAccessible(true);
      Set<?> accepted = (Set<?>) field.get(null);
      Method list =
          Arrays.stream(resource.getDeclaredMethods())
              .filter(method -> method.isAnnotationPresent(GET.class))
              .filter(method -> !method.isAnnotationPresent(Path.class))
              .findFirst()
              .orElseThrow();
      Set<String> documented =
          Arrays.stream(list.getAnnotationsByType(Parameter.class))
              .filter(parameter -> parameter.in() == ParameterIn.QUERY)
              .map(Parameter::name)
              .collect(Collectors.toSet());
      assertThat(documented).as(resource.getSimpleName()).isEqualTo(accepted);
    }
  }
}
