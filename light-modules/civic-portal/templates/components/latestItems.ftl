[#ftl output_format="HTML"]
[#import "/civic-portal/templates/macros/listing.ftl" as l]
[#assign site = civicfn.site()]
[#assign kind = (content.kind!"all")?switch("article", "article", "report", "report", "")]
[#assign count = [[content.count!5, 1]?max, 20]?min]
<section class="civic-latest">
[#if (content.heading!"")?has_content]
  <h2>${content.heading}</h2>
[/#if]
[@l.items site=site items=civicfn.latest(kind, 1, count).items headingLevel=3/]
</section>
