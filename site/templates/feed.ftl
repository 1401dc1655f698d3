<#ftl output_format="XML">
<#include "jbake-site.ftl">
<#assign base = config.scorecards_url>
<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"<#if base?has_content> xml:base="${base}"</#if>>
<title>${msg("layout.feed", site.name)}</title>
<id>${config.scorecards_feed_id}</id>
<link rel="alternate" type="text/html" href="journal/index.html"/>
<#if base?has_content><link rel="self" href="${base}${config.feed_file}"/></#if>
<updated><#if published_posts?has_content>${published_posts?first.date?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}<#else>1970-01-01T00:00:00Z</#if></updated>
<#list published_posts as post>
<entry>
<title>${post.title!msg("content.untitled")}</title>
<id>${config.scorecards_entry_ids[post.uri]}</id>
<link rel="alternate" type="text/html" href="${post.uri}"/>
<updated>${post.date?string("yyyy-MM-dd'T'HH:mm:ss'Z'")}</updated>
<author><name>${site.name}</name></author>
<content type="html">${post.body}</content>
</entry>
</#list>
</feed>
