[#ftl output_format="HTML"]
[#import "/civic-portal/templates/macros/util.ftl" as u]
${u.date(d)}
