[#ftl output_format="HTML"]
[#import "/civic-portal/templates/macros/visits.ftl" as visits]
[@visits.counter site summary/]
