package io.github.kaoping.scoring.io;

/**
 * How {@link ResultFiles}, {@link SchemeFiles} and {@link FactsFiles} write a file. Without options
 * a file is written safely: to a temporary file beside it, moved into place once complete, keeping
 * the permissions of the file it replaces; a read-only file, anything but a regular file (a
 * directory, a device such as {@code /dev/full}, a pipe) and a symbolic link are refused.
 */
public enum WriteOption {
  /**
   * Begins a CSV file with a UTF-8 byte-order mark, which Excel needs to read it as UTF-8 rather
   * than in the computer's code page. Other formats ignore it.
   */
  BYTE_ORDER_MARK,

  /** Writes through a symbolic link to the file it names, instead of refusing the link. */
  FOLLOW_LINKS
}
