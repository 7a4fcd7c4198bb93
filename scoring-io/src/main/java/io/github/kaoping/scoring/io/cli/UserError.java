package io.github.kaoping.scoring.io.cli;

/** Bad input the user can fix: its message is printed as is and the exit code is 2. */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }
}
