<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site active="needs">
<h1>${msg("needs.heading")}</h1>
<p class="lead"><#if period?has_content>${msg("needs.lead.period", period)}<#else>${msg("needs.lead")}</#if></p>
<#if needs?has_content>
<@lists.needs needsList root/>
<#else>
<p>${msg("needs.none")}</p>
</#if>
</@layout.page>
