package org.civicportal.webresources;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.civicportal.content.ImageRef;

/**
 * Images among the module's web resources (URL paths {@code /.resources/...}, served from the
 * classpath by Magnolia and the standalone alike): their size, read from the file's header, and the
 * smaller versions beside them ({@code name-480.jpg}, {@code name-800.jpg} next to {@code
 * name.jpg}) for a {@code srcset}, every URL with its file's version ({@link ResourceVersions}) for
 * long caching. The demo images are such files; an editor's image elsewhere is shown without.
 */
public final class WebResourceImages {
  /** Where the web resources are served; the rest of the path is their classpath name. */
  public static final String PATH_PREFIX = "/.resources/";

  /** The widths of the smaller versions looked for, in ascending order. */
  public static final List<Integer> SMALLER_WIDTHS = List.of(480, 800);

  // Bounded by the images in the jar: only found ones are kept; the jar does not change while the
  // JVM runs.
  private static final Map<String, ImageRef> FOUND = new ConcurrentHashMap<>();

  private WebResourceImages() {}

  /**
   * The image at {@code url} with its size and smaller versions, when {@code url} is a web
   * resource's path that names an image on the classpath; else the image without them. {@code url}
   * is the path without context path; the result's web resource URLs start with {@code
   * contextPath}.
   */
  public static ImageRef image(String contextPath, String url, String alt) {
    if (!url.startsWith(PATH_PREFIX)) {
      return new ImageRef(url, alt);
    }
    Optional<ImageRef> found = find(url);
    if (found.isEmpty()) {
      return new ImageRef(contextPath + url, alt);
    }
    ImageRef image = found.get();
    return new ImageRef(
        contextPath + image.getUrl(),
        alt,
        image.getWidth(),
        image.getHeight(),
        image.getSrcset().replace(PATH_PREFIX, contextPath + PATH_PREFIX));
  }

  private static Optional<ImageRef> find(String url) {
    ImageRef cached = FOUND.get(url);
    if (cached != null) {
      return Optional.of(cached);
    }
    int[] size = size(url);
    if (size == null) {
      return Optional.empty();
    }
    int dot = url.lastIndexOf('.');
    StringBuilder srcset = new StringBuilder();
    if (dot > url.lastIndexOf('/')) {
      for (int width : SMALLER_WIDTHS) {
        String smaller = url.substring(0, dot) + "-" + width + url.substring(dot);
        int[] smallerSize = width < size[0] ? size(smaller) : null;
        if (smallerSize != null) {
          srcset.append(versioned(smaller)).append(' ').append(smallerSize[0]).append("w, ");
        }
      }
      if (srcset.length() > 0) {
        srcset.append(versioned(url)).append(' ').append(size[0]).append('w');
      }
    }
    ImageRef image = new ImageRef(versioned(url), "", size[0], size[1], srcset.toString());
    FOUND.put(url, image);
    return Optional.of(image);
  }

  private static String versioned(String url) {
    return ResourceVersions.withVersion(
        url, ResourceVersions.ofClasspath(url.substring(PATH_PREFIX.length())));
  }

  /**
   * Width and height from the header of the classpath file the path names; null if there is no such
   * image.
   */
  private static int[] size(String url) {
    String name = url.substring(PATH_PREFIX.length());
    if (name.contains("..") || name.contains("?") || name.contains("#")) {
      return null;
    }
    try (InputStream in = WebResourceImages.class.getClassLoader().getResourceAsStream(name);
        ImageInputStream images = in == null ? null : ImageIO.createImageInputStream(in)) {
      if (images == null) {
        return null;
      }
      Iterator<ImageReader> readers = ImageIO.getImageReaders(images);
      if (!readers.hasNext()) {
        return null;
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(images, true, true);
        return new int[] {reader.getWidth(0), reader.getHeight(0)};
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      return null;
    }
  }
}
