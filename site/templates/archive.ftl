<#ftl output_format="HTML">
<#import "layout.ftl" as layout>
<#include "jbake-site.ftl">
<#assign root = rootOf(config.archive_file)>
<@layout.page title=msg("nav.journal") root=root site=site active="journal">
<h1>${msg("nav.journal")}</h1>
<#assign feedLink><a href="${root}feed.xml">${msg("journal.feed")}</a></#assign>
<p class="lead">${msg("journal.lead", feedLink)}</p>
<#if published_posts?has_content>
<ul class="post-list">
<#list published_posts as post>
<li><a href="${root}${post.uri}">${post.title!msg("content.untitled")}</a> <span class="post-date"><time datetime="${post.date?string("yyyy-MM-dd")}">${post.date?string(msg("date.long")?markup_string)}</time></span></li>
</#list>
</ul>
<#else>
<p>${msg("journal.none")}</p>
</#if>
</@layout.page>
