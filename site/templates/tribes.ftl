<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site active="tribes">
<h1>${msg("tribes.heading")}</h1>
<p class="lead">${msg("tribes.lead")}<#if period?has_content>, ${msg("tribes.lead.period", period)}</#if>. ${msg("tribes.lead.pages")}</p>
<#if tribes?has_content>
<@lists.tribes tribesList root/>
<#else>
<p>${msg("tribes.none")}</p>
</#if>
<#if withoutTribeCount gt 0>
<section aria-labelledby="without">
<h2 id="without">${msg("tribes.without")}</h2>
<#if withoutTribe?has_content>
<ul>
<#list withoutTribe as t><li><a href="${root}${t.href}">${t.name}</a></li></#list>
</ul>
<#else>
<p><a href="${root}${withoutTribeHref}">${msg("tribes.without.count", withoutTribeCount)}</a>; ${msg("tribes.without.index")}</p>
</#if>
</section>
</#if>
</@layout.page>
