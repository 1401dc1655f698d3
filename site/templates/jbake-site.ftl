<#ftl output_format="HTML">
<#-- What the content templates, run by the site engine, know of the site: the build passes
     the organisation's name and period as configuration. -->
<#assign contentPages = []>
<#list published_pages as p><#assign contentPages = contentPages + [{"title": p.title!msg("content.untitled"), "href": p.uri}]></#list>
<#assign site = {"name": config.scorecards_name, "period": config.scorecards_period, "pages": contentPages?sort_by("href")}>
<#function rootOf uri><#local r = ""><#list uri?split("/") as segment><#if segment?has_next><#local r = r + "../"></#if></#list><#return r></#function>
