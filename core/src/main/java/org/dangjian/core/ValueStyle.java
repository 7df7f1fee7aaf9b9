package org.dangjian.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style every value type of the SDK uses: generated implementations stay package-private
 * behind the abstract type, accessors are {@code getX()}/{@code isX()} so Bean Validation sees their
 * constraints, and only JDK collections are used.
 *
 * <p>Put it on a {@code package-info.java} (or a type) next to {@code @Value.Immutable} types.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
        visibility = Value.Style.ImplementationVisibility.PACKAGE,
        overshadowImplementation = true,
        get = {"get*", "is*"},
        jdkOnly = true,
        jakarta = true,
        defaults = @Value.Immutable(copy = true))
public @interface ValueStyle {}
