[#ftl output_format="HTML"]
[#import "/civic-portal/templates/macros/poll.ftl" as poll]
[@poll.widget site=site view=view/]
