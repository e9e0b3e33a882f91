package org.civicportal.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentagesTest {
  @Test
  void thirdsGiveTheSpareRoundingPointToTheFirst() {
    assertThat(Percentages.largestRemainder(new long[] {1, 1, 1})).containsExactly(34, 33, 33);
  }

  @Test
  void largestRemaindersGetTheMissingPoints() {
    // 2/7 = 28.57, 2/7 = 28.57, 3/7 = 42.86: floors 28+28+42 = 98, remainders .57, .57, .86.
    assertThat(Percentages.largestRemainder(new long[] {2, 2, 3})).containsExactly(29, 28, 43);
  }

  @Test
  void exactSharesAreNotTouched() {
    assertThat(Percentages.largestRemainder(new long[] {25, 25, 50, 0}))
        .containsExactly(25, 25, 50, 0);
  }

  @Test
  void onlyAnsweredOptionTakesEverything() {
    assertThat(Percentages.largestRemainder(new long[] {0, 7, 0})).containsExactly(0, 100, 0);
  }

  @Test
  void noVotesGiveZeros() {
    assertThat(Percentages.largestRemainder(new long[] {0, 0, 0})).containsExactly(0, 0, 0);
    assertThat(Percentages.largestRemainder(new long[0])).isEmpty();
  }

  @Test
  void equalRemaindersFavourTheLargerCountThenTheEarlierOption() {
    // 12.5, 37.5, 0, 50: one point missing, .5 twice: the larger count wins it.
    assertThat(Percentages.largestRemainder(new long[] {1, 3, 0, 4}))
        .containsExactly(12, 38, 0, 50);
    // 16.67, 16.67, 66.67: two points missing, equal remainders: the larger count, then the first.
    assertThat(Percentages.largestRemainder(new long[] {1, 1, 4})).containsExactly(17, 16, 67);
  }

  @Test
  void alwaysAddsUpToExactlyOneHundredAndStaysWithinOnePointOfTheTrueShare() {
    Random random = new Random(20261129L);
    for (int run = 0; run < 10_000; run++) {
      long[] counts = new long[1 + random.nextInt(12)];
      for (int i = 0; i < counts.length; i++) {
        counts[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(run % 2 == 0 ? 10 : 1_000_000);
      }
      long sum = Arrays.stream(counts).sum();
      int[] percent = Percentages.largestRemainder(counts);
      assertThat(Arrays.stream(percent).sum()).isEqualTo(sum == 0 ? 0 : 100);
      for (int i = 0; i < counts.length; i++) {
        double exact = sum == 0 ? 0 : 100.0 * counts[i] / sum;
        assertThat((double) percent[i]).isBetween(Math.floor(exact), Math.floor(exact) + 1);
      }
    }
  }

  @Test
  void negativeCountsAreABug() {
    assertThatThrownBy(() -> Percentages.largestRemainder(new long[] {1, -1}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
