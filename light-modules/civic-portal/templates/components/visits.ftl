[#ftl output_format="HTML"]
[#import "/civic-portal/templates/macros/visits.ftl" as visits]
[#-- The visit counter block; its numbers are refreshed live by civic-visits.js, so cached pages stay right. --]
[@visits.counter site=civicfn.site() summary=civicfn.visits()/]
