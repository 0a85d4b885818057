package io.github.vanban.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of every vanban value type: applied once per package in
 * {@code package-info.java}. Abstract types are written as {@code Foo}, the generated
 * implementation is {@code ImmutableFoo}; callers use the static factories on the abstract
 * type ({@code Foo.of(...)}, {@code Foo.builder()}), never the generated class by name.
 * Collections are Guava immutable collections and reject {@code null}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*",
    typeImmutable = "Immutable*",
    allParameters = false,
    defaults = @Value.Immutable(copy = true, prehash = false),
    optionalAcceptNullable = true,
    jdkOnly = false,
    get = {"is*", "get*"})
public @interface VanbanStyle {}
