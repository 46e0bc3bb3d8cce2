package io.learnpath.content.editing;

import io.learnpath.content.curriculum.Curriculum;
import io.learnpath.content.curriculum.Placement;
import io.learnpath.content.curriculum.Project;
import io.learnpath.content.curriculum.Roadmap;
import io.learnpath.content.curriculum.Topic;
import io.learnpath.content.curriculum.files.CurriculumFiles;
import io.learnpath.platform.domain.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Curricula as zip archives of the repository's file layout ({@code roadmaps/}, {@code topics/},
 * {@code projects/}), so an export can be unpacked into {@code curriculum/} and committed, and imported back.
 * Reading is bounded (entries, bytes), so an archive cannot exhaust memory.
 */
public final class CurriculumArchive {

    static final int MAX_ENTRIES = 2_000;
    static final long MAX_BYTES = 20L * 1024 * 1024;

    private CurriculumArchive() {
    }

    /** One roadmap with every topic it shows and every project idea that practises one of them. */
    public static Curriculum roadmapPart(Curriculum curriculum, Roadmap roadmap) {
        Map<String, Topic> topics = curriculum.topicsBySlug();
        Set<String> inRoadmap = Placement.of(roadmap, topics).stream().map(Placement::slug)
                .collect(Collectors.toSet());
        List<Project> projects = curriculum.projects().stream()
                .filter(project -> project.topics().stream().anyMatch(inRoadmap::contains)).toList();
        return new Curriculum(List.of(roadmap), inRoadmap.stream().map(topics::get).toList(), projects);
    }

    public static byte[] zip(Curriculum curriculum) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Map.Entry<String, String> file : CurriculumFiles.write(curriculum).entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Writing to memory cannot fail", e);
        }
        return bytes.toByteArray();
    }

    /** The archive's files by path; directories and files outside the three folders are ignored. */
    public static Map<String, String> unzip(byte[] archive) {
        Map<String, String> files = new TreeMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (files.size() >= MAX_ENTRIES) {
                    throw new InvalidInputException("archive", "has more than " + MAX_ENTRIES + " files");
                }
                byte[] content = zip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, MAX_BYTES - total + 1));
                total += content.length;
                if (total > MAX_BYTES) {
                    throw new InvalidInputException("archive", "unpacks to more than " + MAX_BYTES + " bytes");
                }
                String path = entry.getName().replace('\\', '/').replaceFirst("^(\\./)?(curriculum/)?", "");
                if (!entry.isDirectory()) {
                    files.put(path, new String(content, StandardCharsets.UTF_8));
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException("archive", "is not a readable zip archive");
        }
        if (files.isEmpty()) {
            throw new InvalidInputException("archive", "holds no curriculum files");
        }
        return files;
    }
}
