[#ftl output_format="HTML"]
[#import "/civic-portal/templates/macros/listing.ftl" as l]
[#assign site = civicfn.site()]
[#assign kind = (content.kind!"all")?switch("article", "article", "report", "report", "")]
[#assign count = civicfn.pageSize("latest", content.count!"")]
<section class="civic-latest">
[#-- Magnolia's content strings come HTML-escaped; decoded, the output format escapes the heading once. --]
[#assign heading = cmsfn.decode(content).heading!""]
[#if heading?has_content]
  <h2>${heading}</h2>
[/#if]
[@l.items site=site items=civicfn.latest(kind, 1, count).items headingLevel=3/]
</section>
