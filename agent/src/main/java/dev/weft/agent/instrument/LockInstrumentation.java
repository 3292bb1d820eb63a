package dev.weft.agent.instrument;

import dev.weft.agent.site.SiteRegistry;
import net.bytebuddy.asm.AsmVisitorWrapper;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.field.FieldList;
import net.bytebuddy.description.method.MethodList;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.implementation.Implementation;
import net.bytebuddy.jar.asm.ClassVisitor;
import net.bytebuddy.pool.TypePool;

/**
 * The visitor wrapper that instruments a class's lock operations (see {@link LockClassVisitor}).
 *
 * <p>It asks for no writer or reader flags: stack map frames are never computed (that would load
 * classes); the rewrites add a frame where they need one and a constant to the maximum stack size.
 */
final class LockInstrumentation implements AsmVisitorWrapper {

    private final SiteRegistry sites;
    private final boolean rewriteSynchronizedMethods;

    /**
     * @param sites                      where to register the sites of rewritten instructions
     * @param rewriteSynchronizedMethods whether {@code synchronized} methods become explicit monitor code,
     *                                   which changes their modifiers (not allowed when retransforming)
     */
    LockInstrumentation(SiteRegistry sites, boolean rewriteSynchronizedMethods) {
        this.sites = sites;
        this.rewriteSynchronizedMethods = rewriteSynchronizedMethods;
    }

    @Override
    public int mergeWriter(int flags) {
        return flags;
    }

    @Override
    public int mergeReader(int flags) {
        return flags;
    }

    @Override
    public ClassVisitor wrap(TypeDescription instrumentedType, ClassVisitor classVisitor,
                             Implementation.Context implementationContext, TypePool typePool,
                             FieldList<FieldDescription.InDefinedShape> fields, MethodList<?> methods,
                             int writerFlags, int readerFlags) {
        return new LockClassVisitor(classVisitor, sites, new CallSiteHooks(typePool), rewriteSynchronizedMethods);
    }
}
