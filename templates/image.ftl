[#ftl output_format="HTML"]
[#--
  Images of the content (org.civicportal.content.ImageRef). Import:
    [#import "/civic-portal/templates/macros/image.ftl" as img]
  Macros:
    [@img.image image class="" sizes="100vw" lazy=true/]
        <img> with the editor's alt text (empty: a decorative image, alt=""), width and height when known (the
        browser reserves the box: nothing moves when it loads), srcset and sizes when there are smaller versions,
        loading="lazy" unless lazy=false (images in the first screen: the lead image, the first thumbnail).
        Nothing when the URL is neither a site path nor http(s).
--]
[#import "/civic-portal/templates/macros/util.ftl" as u]

[#macro image image class="" sizes="100vw" lazy=true]
[#local src = u.safeUrl(image.url)]
[#if src?has_content]
<img[#if class?has_content] class="${class}"[/#if] src="${src}"[#if image.srcset?has_content] srcset="${image.srcset}" sizes="${sizes}"[/#if] alt="${image.alt}"[#if image.sized] width="${image.width?c}" height="${image.height?c}"[/#if][#if lazy] loading="lazy"[/#if] decoding="async">
[/#if]
[/#macro]
