<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site active="needs">
<h1>What teams need next</h1>
<p class="lead">The needs teams wrote in their <#if period?has_content>${period} </#if>assessments, in their own words, the most shared first.</p>
<#if needs?has_content>
<@lists.needs needsList root/>
<#else>
<p>No team gave a need for this period.</p>
</#if>
</@layout.page>
