package org.civicportal.demoimages;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.civicportal.webresources.WebResourceImages;

/**
 * Draws the demo pictures, each at {@link #WIDTH}×{@link #HEIGHT} ({@code name.jpg}) and at the
 * smaller widths pages offer in a {@code srcset} ({@code name-480.jpg}, {@code name-800.jpg}).
 * Drawing is deterministic, so a build writes the same bytes and the pictures keep their versioned
 * URLs.
 *
 * <p>{@code java org.civicportal.demoimages.DemoImages DIR} writes them into DIR.
 */
public final class DemoImages {
  /** The pictures' full size: 16:9, wide enough for the article column and share previews. */
  public static final int WIDTH = 1200;

  public static final int HEIGHT = 675;

  private static final Color NAVY = new Color(0x0b4a85);
  private static final Color SKY = new Color(0x5aa0dc);
  private static final Color GOLD = new Color(0xf2c230);
  private static final Color RED = new Color(0xc8102e);
  private static final Color PAPER = new Color(0xf3f6f9);

  /** A picture: its file name without extension and how it is drawn on a WIDTH×HEIGHT canvas. */
  public record Picture(String name, Consumer<Graphics2D> drawing) {}

  /** Every demo picture, by the name the sample content uses. */
  public static final List<Picture> PICTURES =
      List.of(
          new Picture("network", DemoImages::network),
          new Picture("online-safety", DemoImages::onlineSafety),
          new Picture("paperless-meeting", DemoImages::paperlessMeeting),
          new Picture("quarterly-chart", DemoImages::quarterlyChart),
          new Picture("mobile-numbers", DemoImages::mobileNumbers));

  private DemoImages() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: DemoImages OUTPUT_DIR");
    }
    Path dir = Files.createDirectories(Paths.get(args[0]));
    for (Picture picture : PICTURES) {
      write(picture, WIDTH, dir.resolve(picture.name() + ".jpg"));
      // The widths the pages offer in srcset (WebResourceImages looks for these files).
      for (int width : WebResourceImages.SMALLER_WIDTHS) {
        write(picture, width, dir.resolve(picture.name() + "-" + width + ".jpg"));
      }
    }
  }

  /** The picture drawn {@code width} pixels wide, 16:9. */
  static BufferedImage draw(Picture picture, int width) {
    int height = width * HEIGHT / WIDTH;
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
      g.scale(width / (double) WIDTH, height / (double) HEIGHT);
      picture.drawing().accept(g);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void write(Picture picture, int width, Path file) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.85f);
    Files.deleteIfExists(file);
    try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(draw(picture, width), null, null), param);
    } finally {
      writer.dispose();
    }
  }

  private static void sky(Graphics2D g, Color top, Color bottom) {
    g.setPaint(new GradientPaint(0, 0, top, 0, HEIGHT, bottom));
    g.fillRect(0, 0, WIDTH, HEIGHT);
  }

  /** Connected nodes over a blue sky: IPv6 and networks. */
  private static void network(Graphics2D g) {
    sky(g, NAVY, SKY);
    int[][] nodes = {
      {180, 160},
      {420, 300},
      {300, 520},
      {640, 180},
      {760, 430},
      {980, 260},
      {1040, 540},
      {560, 600}
    };
    int[][] links = {
      {0, 1}, {1, 2}, {1, 3}, {3, 4}, {4, 5}, {5, 6}, {4, 6}, {2, 7}, {7, 4}, {3, 5}
    };
    g.setStroke(new BasicStroke(6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(new Color(255, 255, 255, 170));
    for (int[] link : links) {
      g.drawLine(nodes[link[0]][0], nodes[link[0]][1], nodes[link[1]][0], nodes[link[1]][1]);
    }
    for (int i = 0; i < nodes.length; i++) {
      int r = i % 3 == 0 ? 46 : 32;
      g.setColor(i % 3 == 0 ? GOLD : Color.WHITE);
      g.fill(new Ellipse2D.Double(nodes[i][0] - r, nodes[i][1] - r, 2 * r, 2 * r));
      g.setColor(NAVY);
      g.fill(new Ellipse2D.Double(nodes[i][0] - r / 3.0, nodes[i][1] - r / 3.0, r / 1.5, r / 1.5));
    }
  }

  /** A phone with a warning shield: beware of online fraud. */
  private static void onlineSafety(Graphics2D g) {
    sky(g, new Color(0x1c2430), new Color(0x3b4a5e));
    g.setColor(new Color(0xdfe6ee));
    g.fill(new RoundRectangle2D.Double(430, 70, 340, 560, 60, 60));
    g.setColor(new Color(0x0f1620));
    g.fill(new RoundRectangle2D.Double(455, 120, 290, 440, 20, 20));
    Path2D shield = new Path2D.Double();
    shield.moveTo(600, 170);
    shield.lineTo(710, 215);
    shield.curveTo(710, 360, 660, 440, 600, 490);
    shield.curveTo(540, 440, 490, 360, 490, 215);
    shield.closePath();
    g.setColor(RED);
    g.fill(shield);
    g.setColor(Color.WHITE);
    g.fill(new RoundRectangle2D.Double(586, 240, 28, 140, 14, 14));
    g.fill(new Ellipse2D.Double(584, 400, 32, 32));
    g.setStroke(new BasicStroke(8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.setColor(GOLD);
    for (int i = 0; i < 3; i++) {
      int r = 80 + i * 60;
      g.drawArc(800 - r, 330 - r, 2 * r, 2 * r, -40, 80);
      g.drawArc(400 - r, 330 - r, 2 * r, 2 * r, 140, 80);
    }
  }

  /** A meeting table with a screen at every seat: the paperless meeting room. */
  private static void paperlessMeeting(Graphics2D g) {
    sky(g, PAPER, new Color(0xcfd6df));
    g.setColor(new Color(0x8a5a2b));
    g.fill(new RoundRectangle2D.Double(200, 250, 800, 260, 200, 200));
    g.setColor(NAVY);
    g.fill(new RoundRectangle2D.Double(420, 40, 360, 170, 16, 16));
    g.setColor(SKY);
    g.fill(new RoundRectangle2D.Double(440, 60, 320, 130, 8, 8));
    for (int i = 0; i < 5; i++) {
      double x = 290 + i * 140;
      g.setColor(new Color(0x1c2430));
      g.fill(new RoundRectangle2D.Double(x, 270, 90, 60, 8, 8));
      g.fill(new RoundRectangle2D.Double(x, 430, 90, 60, 8, 8));
      g.setColor(new Color(0x9fd0ff));
      g.fill(new RoundRectangle2D.Double(x + 8, 278, 74, 44, 4, 4));
      g.fill(new RoundRectangle2D.Double(x + 8, 438, 74, 44, 4, 4));
      g.setColor(NAVY);
      g.fill(new Ellipse2D.Double(x + 15, 150 + (i % 2) * 4 + 60, 60, 60));
      g.fill(new Ellipse2D.Double(x + 15, 530, 60, 60));
    }
  }

  /** Rising bars and a trend line: a quarter's results. */
  private static void quarterlyChart(Graphics2D g) {
    sky(g, Color.WHITE, PAPER);
    g.setColor(new Color(0xcfd6df));
    g.setStroke(new BasicStroke(2f));
    for (int y = 140; y <= 560; y += 70) {
      g.drawLine(140, y, 1080, y);
    }
    int[] heights = {150, 210, 190, 280, 330, 390};
    for (int i = 0; i < heights.length; i++) {
      int x = 190 + i * 145;
      g.setColor(i == heights.length - 1 ? RED : NAVY);
      g.fill(new RoundRectangle2D.Double(x, 560 - heights[i], 90, heights[i], 10, 10));
    }
    Path2D trend = new Path2D.Double();
    trend.moveTo(235, 380);
    for (int i = 1; i < heights.length; i++) {
      trend.lineTo(235 + i * 145, 530 - heights[i] - 20);
    }
    g.setColor(GOLD);
    g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(trend);
    g.setColor(new Color(0x1c2430));
    g.setStroke(new BasicStroke(5f));
    g.drawLine(140, 560, 1080, 560);
  }

  /** Two phones trading an arrow: keeping one's number when changing network. */
  private static void mobileNumbers(Graphics2D g) {
    sky(g, new Color(0x0e6e5c), new Color(0x4fb39a));
    for (int x : new int[] {220, 760}) {
      g.setColor(Color.WHITE);
      g.fill(new RoundRectangle2D.Double(x, 120, 220, 420, 44, 44));
      g.setColor(new Color(0x1c2430));
      g.fill(new RoundRectangle2D.Double(x + 18, 170, 184, 300, 12, 12));
      g.setColor(GOLD);
      for (int row = 0; row < 3; row++) {
        for (int col = 0; col < 3; col++) {
          g.fill(new Ellipse2D.Double(x + 42 + col * 50, 220 + row * 70, 36, 36));
        }
      }
    }
    g.setColor(Color.WHITE);
    g.setStroke(new BasicStroke(16f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(490, 280, 700, 280);
    g.drawLine(650, 235, 700, 280);
    g.drawLine(650, 325, 700, 280);
    g.drawLine(710, 400, 500, 400);
    g.drawLine(550, 355, 500, 400);
    g.drawLine(550, 445, 500, 400);
  }
}
