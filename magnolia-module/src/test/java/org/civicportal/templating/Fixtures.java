package org.civicportal.templating;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import org.civicportal.content.Attachment;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ImageRef;
import org.civicportal.content.Item;
import org.civicportal.content.ItemSummary;
import org.civicportal.content.KeyFigure;
import org.civicportal.content.ReportSection;
import org.civicportal.content.ReportingPeriod;

/**
 * Content beans for rendering tests: the seed's report, and items whose every editor field is
 * hostile.
 */
public final class Fixtures {
  /**
   * Markup, attribute break-outs and quotes that must come out as text wherever an editor's string
   * goes.
   */
  public static final String HOSTILE =
      "<script>alert(1)</script>\"><img src=x onerror=alert(2)>'&\"";

  public static final String HOSTILE_URL = "javascript:alert(3)";

  private Fixtures() {}

  /** A time in the site's zone (Asia/Ho_Chi_Minh). */
  public static Date at(int year, int month, int day, int hour, int minute) {
    return Date.from(
        LocalDateTime.of(year, month, day, hour, minute)
            .atZone(ZoneId.of("Asia/Ho_Chi_Minh"))
            .toInstant());
  }

  public static Item seedReport() {
    return Item.builder(
            "6b1f1c1e-0d3a-4c59-9f5e-2b7a8f6c1a01",
            ContentKind.REPORT,
            "ket-qua-hoat-dong-quy-iii-2019")
        .title("Kết quả hoạt động Thông tin và Truyền thông quý III năm 2019")
        .lead(
            "Sở đã triển khai các nhiệm vụ trọng tâm trên các lĩnh vực công nghệ thông tin, bưu chính, viễn thông và báo chí.")
        // 00:30 on 15 Oct in Hanoi is still 14 Oct in UTC: the date must follow the site's zone.
        .publishDate(at(2019, 10, 15, 0, 30))
        .author("Thanh Bình")
        .sourceName("sotttt.thaibinh.gov.vn")
        .sourceUrl("https://sotttt.thaibinh.gov.vn/")
        .category("Báo cáo hoạt động")
        .tags(List.of("quý III", "2019"))
        .bodyHtml("<p>Tóm tắt kết quả <strong>quý III</strong>.</p>")
        .period(new ReportingPeriod(ReportingPeriod.Type.QUARTER, 3, 2019))
        .organisationUnit("Sở Thông tin và Truyền thông")
        .keyFigures(
            List.of(
                new KeyFigure("Tin, bài trên Cổng thông tin điện tử", "987", "tin, bài"),
                new KeyFigure("Tin, bài của báo chí Trung ương về tỉnh", "2165", "tin, bài"),
                new KeyFigure("Cán bộ được tập huấn", "1.500", "người"),
                new KeyFigure("Đơn vị sử dụng tần số được kiểm tra", "09", "đơn vị"),
                new KeyFigure("Tỷ lệ hồ sơ trực tuyến", "12,5", "%"),
                new KeyFigure("Trạm BTS được kiểm tra", "93 (3 doanh nghiệp)", "trạm")))
        .sections(
            List.of(
                new ReportSection(
                    "Công nghệ thông tin", "<p>Vận hành an toàn Cổng thông tin điện tử.</p>"),
                new ReportSection(
                    "Bưu chính - Viễn thông", "<p>Kiểm tra 13 đơn vị bưu chính.</p>")))
        .nextPeriodPlanHtml("<p>Triển khai phòng họp không giấy tờ.</p>")
        .attachments(
            List.of(new Attachment("Báo cáo đầy đủ (PDF)", "/dam/bao-cao-quy-iii-2019.pdf")))
        .build();
  }

  public static Item article(String name, String title, Date date) {
    return Item.builder("id-" + name, ContentKind.ARTICLE, name)
        .title(title)
        .lead("Tóm tắt " + title)
        .publishDate(date)
        .category("Tin tức")
        .build();
  }

  /** An article and a report whose every plain-text and URL field an attacker could have typed. */
  public static Item hostile(ContentKind kind) {
    return Item.builder("id\"><script>x</script>", kind, "evil\"><script>y</script>")
        .title(HOSTILE + " title")
        .lead(HOSTILE + " lead")
        .publishDate(at(2020, 1, 2, 10, 0))
        .author(HOSTILE + " author")
        .sourceName(HOSTILE + " source")
        .sourceUrl(HOSTILE_URL)
        .category(HOSTILE + " category")
        .tags(List.of(HOSTILE + " tag"))
        .image(new ImageRef(HOSTILE_URL, HOSTILE + " alt"))
        .bodyHtml("<p>clean body</p>")
        .attachments(
            List.of(
                new Attachment(HOSTILE + " file", HOSTILE_URL),
                new Attachment(HOSTILE + " file2", "//evil.example/x.pdf")))
        .period(new ReportingPeriod(ReportingPeriod.Type.HALF_YEAR, 1, 2020))
        .organisationUnit(HOSTILE + " unit")
        .keyFigures(
            List.of(new KeyFigure(HOSTILE + " label", HOSTILE + " value", HOSTILE + " unit")))
        .sections(List.of(new ReportSection(HOSTILE + " field", "<p>clean section</p>")))
        .nextPeriodPlanHtml("<p>clean plan</p>")
        .build();
  }

  public static ItemSummary hostileSummary() {
    return new ItemSummary(
        "id\"'<x>",
        ContentKind.ARTICLE,
        "n\"'<x>",
        HOSTILE + " related",
        HOSTILE + " lead",
        at(2020, 2, 3, 9, 0),
        HOSTILE,
        new ImageRef(HOSTILE_URL, HOSTILE));
  }
}
