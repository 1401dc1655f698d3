<#ftl output_format="HTML">
<#-- The link to the forge's page where a change to the file behind a page is proposed
     (organisation.yaml edit-url). Its words are here, in one place, for every page that has such
     a link; a file of its own, so that a theme's own copy of layout.ftl or lists.ftl keeps working. -->
<#assign texts = {
    "team": "Propose a change to this scorecard",
    "campaign": "Propose a change to this campaign",
    "model": "Propose a change to the maturity model"}>

<#-- href: the forge's page, "" for no link; what: "team", "campaign" or "model". -->
<#macro link href what>
<#if href?has_content>
<p class="propose-change"><a href="${href}" rel="nofollow noreferrer">${texts[what]}</a></p>
</#if>
</#macro>
