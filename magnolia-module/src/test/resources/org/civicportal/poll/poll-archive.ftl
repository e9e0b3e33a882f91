[#ftl output_format="HTML"]
[#import "/civic-portal/templates/macros/poll.ftl" as poll]
[@poll.archive site=site views=views/]
