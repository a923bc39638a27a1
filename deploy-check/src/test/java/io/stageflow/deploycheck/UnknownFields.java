package io.stageflow.deploycheck;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Fields the Kubernetes object model does not know. fabric8 and Strimzi keep them in
 * {@code additionalProperties} instead of failing, so a typo such as {@code imagePullPolicyy}
 * would reach the cluster (which drops it silently) unless something looks there.
 */
final class UnknownFields {
    private UnknownFields() {}

    /** Paths like {@code spec.template.spec.containers[0].imagePullPolicyy}; empty when all are known. */
    static List<String> in(Object object) {
        List<String> found = new ArrayList<>();
        walk(object, "", found);
        return found;
    }

    private static void walk(Object value, String path, List<String> found) {
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) walk(item, path + "[" + i++ + "]", found);
        } else if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> walk(item, path + "[" + key + "]", found));
        } else if (value != null && isModel(value.getClass())) {
            for (Class<?> type = value.getClass(); isModel(type); type = type.getSuperclass()) {
                for (Field field : type.getDeclaredFields()) {
                    if (Modifier.isStatic(field.getModifiers())) continue;
                    Object fieldValue = read(field, value);
                    String fieldPath = path.isEmpty() ? field.getName() : path + "." + field.getName();
                    if (field.getName().equals("additionalProperties") && fieldValue instanceof Map<?, ?> extra) {
                        extra.keySet().forEach(key -> found.add(path.isEmpty() ? "" + key : path + "." + key));
                    } else {
                        walk(fieldValue, fieldPath, found);
                    }
                }
            }
        }
    }

    private static boolean isModel(Class<?> type) {
        String name = type.getName();
        return !type.isEnum() && (name.startsWith("io.fabric8.") || name.startsWith("io.strimzi."));
    }

    private static Object read(Field field, Object owner) {
        try {
            field.setAccessible(true);
            return field.get(owner);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + field, e);
        }
    }
}
