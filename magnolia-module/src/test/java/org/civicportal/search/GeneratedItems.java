package org.civicportal.search;

import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Random;
import java.util.TimeZone;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import org.civicportal.content.ContentKind;
import org.civicportal.content.ContentReader;
import org.civicportal.jcr.TestRepository;

/**
 * Many articles and reports of made-up Vietnamese text, for the search benchmark and its paging
 * test.
 */
final class GeneratedItems {
  private static final String[] WORDS =
      ("báo cáo kết quả hoạt động tháng quý năm sở thông tin truyền thông tỉnh "
              + "chuyển đổi số hạ tầng mạng lưới dịch vụ công trực tuyến người dân doanh nghiệp cán bộ công chức "
              + "phần mềm dữ liệu an toàn bảo mật đào tạo hội nghị triển khai kế hoạch phát thanh truyền hình báo chí "
              + "xuất bản bưu chính viễn thông điện tử chính quyền đô thị thông minh giám sát điều hành quản lý văn bản "
              + "hồ sơ một cửa liên thông thủ tục hành chính cải cách đánh giá chỉ số năng lực cạnh tranh đường phố "
              + "đầu tư đề án đồng bộ địa phương")
          .split(" ");

  private GeneratedItems() {}

  /**
   * Adds {@code count} items, alternating articles and reports, published over the years 2015-2024.
   */
  static void add(TestRepository repository, int count, long seed) throws RepositoryException {
    Random random = new Random(seed);
    for (ContentKind kind : ContentKind.values()) {
      repository.withSession(
          kind.getWorkspace(),
          session -> {
            Node folder = session.getRootNode().addNode("generated", "mgnl:folder");
            for (int i = kind.ordinal(); i < count; i += ContentKind.values().length) {
              Node item = folder.addNode("item-" + i, kind.getNodeType());
              item.setProperty(ContentReader.TITLE, sentence(random, 6 + random.nextInt(6)));
              item.setProperty(ContentReader.LEAD, sentence(random, 20 + random.nextInt(15)));
              item.setProperty(
                  ContentReader.BODY, "<p>" + sentence(random, 120 + random.nextInt(120)) + "</p>");
              item.setProperty(
                  ContentReader.PUBLISH_DATE, date(2015 + i % 10, 1 + i % 12, 1 + i % 28));
              if ((i / 2) % 500 == 499) {
                session.save();
              }
            }
            session.save();
            return null;
          });
    }
  }

  private static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String word = WORDS[random.nextInt(WORDS.length)];
      s.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word)
          .append(' ');
    }
    return s.toString().strip() + ".";
  }

  private static Calendar date(int year, int month, int day) {
    GregorianCalendar date = new GregorianCalendar(TimeZone.getTimeZone("Asia/Ho_Chi_Minh"));
    date.clear();
    date.set(year, month - 1, day, 9, 0);
    return date;
  }
}
