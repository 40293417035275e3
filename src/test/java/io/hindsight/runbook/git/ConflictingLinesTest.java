package io.hindsight.runbook.git;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConflictingLinesTest {

  private static final String ANCESTOR =
      "# Restore\n\n1. Stop\n\nkeep\n\n2. Go\n\nkeep\n\n3. Check\n";

  @Test
  void changesToDifferentLinesDoNotConflict() {
    assertThat(
            ConflictingLines.between(
                ANCESTOR,
                ANCESTOR.replace("1. Stop", "1. Stop writes"),
                ANCESTOR.replace("3. Check", "3. Check the rows")))
        .isEmpty();
  }

  @Test
  void eachConflictShowsBothSidesWhereTheChangeHasIt() {
    String base = ANCESTOR.replace("1. Stop", "1. Halt").replace("3. Check", "3. Verify");
    String change =
        ANCESTOR.replace("1. Stop", "1. Stop writes").replace("3. Check", "3. Check rows\n4. Done");
    assertThat(ConflictingLines.between(ANCESTOR, base, change))
        .containsExactly(
            new ConflictingLines.Hunk(3, "1. Halt\n", "1. Stop writes\n"),
            new ConflictingLines.Hunk(11, "3. Verify\n", "3. Check rows\n4. Done\n"));
  }

  @Test
  void aDeletionAgainstAnEditShowsTheEmptySide() {
    String base = ANCESTOR.replace("2. Go\n", "");
    String change = ANCESTOR.replace("2. Go", "2. Go slowly");
    assertThat(ConflictingLines.between(ANCESTOR, base, change))
        .containsExactly(new ConflictingLines.Hunk(7, "", "2. Go slowly\n"));
  }
}
