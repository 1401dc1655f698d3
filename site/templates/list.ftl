<#ftl output_format="HTML">
<#-- A page of a long list (see lists.ftl): the index of every team, or the second and later parts
     of a list that begins on its own page. -->
<#import "layout.ftl" as layout>
<#import "lists.ftl" as lists>
<@layout.page title=title root=root site=site active=active>
<h1>${heading}</h1>
<p class="lead"><#if back?is_hash><a href="${root}${back.href}">${back.text}</a>. </#if>${intro}</p>
<#assign draw = lists[kind]>
<@draw list=list root=root/>
</@layout.page>
