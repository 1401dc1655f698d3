<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site active="tribes">
<h1>Tribes</h1>
<p class="lead">Teams grouped by the tribe their scorecard names<#if period?has_content>, with each tribe's figures for ${period}</#if>. Each tribe's page has its figures over time.</p>
<#if tribes?has_content>
<@lists.tribes tribesList root/>
<#else>
<p>No scorecard names a tribe. A team joins one with <code>tribe:</code> in its file.</p>
</#if>
<#if withoutTribeCount gt 0>
<section aria-labelledby="without">
<h2 id="without">Teams in no tribe</h2>
<#if withoutTribe?has_content>
<ul>
<#list withoutTribe as t><li><a href="${root}${t.href}">${t.name}</a></li></#list>
</ul>
<#else>
<p><a href="${root}${withoutTribeHref}">${withoutTribeCount} teams name no tribe</a>; the index by tribe lists them last.</p>
</#if>
</section>
</#if>
</@layout.page>
