[#ftl output_format="HTML"]
[#import "/civic-portal/templates/macros/toolbar.ftl" as tb]
[@tb.toolbar/]
