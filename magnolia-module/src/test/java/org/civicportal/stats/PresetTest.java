package org.civicportal.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.civicportal.visits.StatsRange;
import org.junit.jupiter.api.Test;

/** The presets' ranges on days where months, quarters and years turn, and the previous periods. */
class PresetTest {
  private static String range(Preset p, String today) {
    LocalDate d = LocalDate.parse(today);
    return p.from(d) + ".." + p.to(d);
  }

  @Test
  void quartersAndMonthsTurnWhereTheCalendarDoes() {
    assertThat(range(Preset.THIS_QUARTER, "2026-01-01")).isEqualTo("2026-01-01..2026-01-01");
    assertThat(range(Preset.LAST_QUARTER, "2026-01-01")).isEqualTo("2025-10-01..2025-12-31");
    assertThat(range(Preset.LAST_QUARTER, "2026-09-30")).isEqualTo("2026-04-01..2026-06-30");
    assertThat(range(Preset.THIS_QUARTER, "2026-12-07")).isEqualTo("2026-10-01..2026-12-07");
    assertThat(range(Preset.LAST_MONTH, "2026-03-31")).isEqualTo("2026-02-01..2026-02-28");
    assertThat(range(Preset.LAST_MONTH, "2026-01-15")).isEqualTo("2025-12-01..2025-12-31");
    assertThat(range(Preset.THIS_MONTH, "2024-02-29")).isEqualTo("2024-02-01..2024-02-29");
    assertThat(range(Preset.THIS_YEAR, "2026-12-31")).isEqualTo("2026-01-01..2026-12-31");
    assertThat(range(Preset.YESTERDAY, "2026-01-01")).isEqualTo("2025-12-31..2025-12-31");
    assertThat(range(Preset.LAST_7_DAYS, "2026-03-02")).isEqualTo("2026-02-24..2026-03-02");
    assertThat(range(Preset.LAST_30_DAYS, "2026-03-02")).isEqualTo("2026-02-01..2026-03-02");
    assertThat(range(Preset.TODAY, "2026-03-02")).isEqualTo("2026-03-02..2026-03-02");
  }

  @Test
  void thePreviousPeriodHasTheSameLengthAndEndsTheDayBefore() {
    Period p = Period.of(Preset.LAST_QUARTER, LocalDate.parse("2026-04-10"));
    assertThat(p.getRange().getFrom()).isEqualTo("2026-01-01");
    assertThat(p.getDays()).isEqualTo(90);
    assertThat(p.getPrevious().getFrom()).isEqualTo("2025-10-03");
    assertThat(p.getPrevious().getTo()).isEqualTo("2025-12-31");
    assertThat(Period.of(Preset.TODAY, LocalDate.parse("2026-04-10")).getPrevious().getFrom())
        .isEqualTo("2026-04-09");
  }

  @Test
  void aTenYearRangeComparesWithTheLongestRangeAllowedBeforeIt() {
    LocalDate today = LocalDate.parse("2026-05-14");
    Period p = Period.of(StatsRange.parse("2016-01-01", "2026-01-01", today), today);
    assertThat(p.getPrevious().getTo()).isEqualTo("2015-12-31");
    assertThat(p.getPrevious().getFrom()).isEqualTo("2005-12-31");
  }

  @Test
  void keysNameThePresets() {
    for (Preset p : Preset.values()) {
      assertThat(Preset.of(p.key())).isSameAs(p);
    }
    assertThat(Preset.of("custom")).isNull();
    assertThat(Preset.of("LAST_QUARTER")).isNull();
  }
}
