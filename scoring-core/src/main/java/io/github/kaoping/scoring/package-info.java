@NullMarked
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = true))
package io.github.kaoping.scoring;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
