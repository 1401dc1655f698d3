<#ftl output_format="HTML">
<#-- The link to the forge's page where a change to the file behind a page is proposed
     (organisation.yaml edit-url), for every page that has such a link; a file of its own, so that a
     theme's own copy of layout.ftl or lists.ftl keeps working. -->
<#assign texts = {
    "team": msg("propose-change.team"),
    "campaign": msg("propose-change.campaign"),
    "model": msg("propose-change.model")}>

<#-- href: the forge's page, "" for no link; what: "team", "campaign" or "model". -->
<#macro link href what>
<#if href?has_content>
<p class="propose-change"><a href="${href}" rel="nofollow noreferrer">${texts[what]}</a></p>
</#if>
</#macro>
