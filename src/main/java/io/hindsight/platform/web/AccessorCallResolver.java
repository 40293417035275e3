package io.hindsight.platform.web;

import jakarta.el.ELContext;
import jakarta.el.ELException;
import jakarta.el.ELResolver;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Answers the pages' calls without arguments on a public type, such as a record's accessor {@code
 * #{row.title()}} or {@code #{row.owner().isPresent()}}, from a method looked up once per type and
 * name. Jakarta EL 5's {@code BeanELResolver} looks the method up afresh on every call (it copies
 * every public method of the type each time): a page of 50 queue rows made about 1,500 such calls.
 * Any other call (with arguments, on a type that is not public or not exported, or a name with no
 * public method) is left to the resolvers after this one, which answer it as before.
 */
public final class AccessorCallResolver extends ELResolver {

  private static final ClassValue<ConcurrentMap<String, Optional<Method>>> METHODS =
      new ClassValue<>() {
        @Override
        protected ConcurrentMap<String, Optional<Method>> computeValue(Class<?> type) {
          return new ConcurrentHashMap<>();
        }
      };

  @Override
  public Object invoke(
      ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
    if (base == null
        || !(method instanceof String name)
        || (params != null && params.length > 0)
        || (paramTypes != null && paramTypes.length > 0)) {
      return null;
    }
    Optional<Method> accessor =
        METHODS.get(base.getClass()).computeIfAbsent(name, n -> publicMethod(base.getClass(), n));
    if (accessor.isEmpty()) {
      return null;
    }
    try {
      Object value = accessor.get().invoke(base);
      context.setPropertyResolved(base, method);
      return value;
    } catch (InvocationTargetException e) {
      throw new ELException(e.getCause());
    } catch (IllegalAccessException e) {
      throw new ELException(e);
    }
  }

  private static Optional<Method> publicMethod(Class<?> type, String name) {
    if (!Modifier.isPublic(type.getModifiers())
        || !type.getModule().isExported(type.getPackageName())) {
      return Optional.empty();
    }
    try {
      Method method = type.getMethod(name);
      return Modifier.isPublic(method.getDeclaringClass().getModifiers())
              && method.getReturnType() != void.class
          ? Optional.of(method)
          : Optional.empty();
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  @Override
  public Object getValue(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public Class<?> getType(ELContext context, Object base, Object property) {
    return null;
  }

  @Override
  public void setValue(ELContext context, Object base, Object property, Object value) {
    // this resolver only answers calls
  }

  @Override
  public boolean isReadOnly(ELContext context, Object base, Object property) {
    return false;
  }

  @Override
  public Class<?> getCommonPropertyType(ELContext context, Object base) {
    return null;
  }
}
