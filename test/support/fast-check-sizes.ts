/**
 * fast-check caps a generated array at ~10 items unless told a size, even where a test gives a
 * larger maxLength: a property over "up to 300 values" saw at most 10, and paths that start past
 * a size (more than 32 groups, counting sorts, table growth) were never drawn. Here a maxLength
 * means what it says.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), defaultSizeToMaxWhenMaxSpecified: true });
